for n in 3 10 42; do
  if [ "$n" -lt 5 ]; then
    echo "$n small"
  elif [ "$n" -lt 20 ]; then
    echo "$n medium"
  else
    echo "$n large"
  fi
done
