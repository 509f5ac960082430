sed 3q logs/app.log | cut -c1-19
sed -n '5,+2p' words.txt
sed -n '1~3p' numbers.txt
