echo {a,b,c}
echo file{1,2,3}.txt
echo {1..5}
echo {a..e}
echo pre{x,y}post
echo {10..1..3}
