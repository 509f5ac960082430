for w in apple Banana cherry 42 x; do
  case $w in
    [A-Z]*) echo "$w capitalised" ;;
    [0-9]*) echo "$w number" ;;
    ?) echo "$w single char" ;;
    a*|c*) echo "$w starts with a or c" ;;
  esac
done
