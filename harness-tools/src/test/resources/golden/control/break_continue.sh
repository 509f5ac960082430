for i in 1 2 3 4 5 6; do
  [ $i -eq 2 ] && continue
  [ $i -eq 5 ] && break
  echo "i=$i"
done
for a in x y; do
  for b in 1 2 3; do
    [ $b -eq 2 ] && continue 2
    echo "$a$b"
  done
done
