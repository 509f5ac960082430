echo "*.txt"
echo '*.csv'
pat="*.md"
echo "$pat"
echo $pat
