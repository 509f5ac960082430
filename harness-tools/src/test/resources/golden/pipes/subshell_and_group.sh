(echo one; echo two) | wc -l
{ echo three; echo four; } | tail -1
(cd docs && ls) | head -2
echo "still here: $(ls data.csv)"
