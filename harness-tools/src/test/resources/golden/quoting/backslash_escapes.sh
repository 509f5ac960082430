echo \$HOME is not expanded
echo "a \"quoted\" word"
echo "dollar \$x and backtick \` and backslash \\"
echo a\ b\ c
echo 'single \n stays'
