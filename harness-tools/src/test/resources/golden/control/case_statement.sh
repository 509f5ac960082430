for f in App.java report.py README.md data.csv Makefile; do
  case "$f" in
    *.java) echo "$f: java" ;;
    *.py|*.sh) echo "$f: script" ;;
    README*) echo "$f: readme" ;;
    *.csv) echo "$f: data" ;;
    *) echo "$f: unknown" ;;
  esac
done
