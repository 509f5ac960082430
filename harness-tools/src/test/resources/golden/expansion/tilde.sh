cd ~ && ls data.csv
echo "~ in quotes: ~"
x=~; test "$x" = "$HOME" && echo "tilde equals HOME"
