sed -n '1!G;h;$p' words.txt
sed 'N;s/\n/ + /' numbers.txt
