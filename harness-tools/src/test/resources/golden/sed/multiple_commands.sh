sed -e 's/apple/A/' -e 's/banana/B/' words.txt
sed 's/a/1/;s/e/2/' words.txt | head -2
sed -n -e '/cherry/=' -e '/date/p' words.txt
