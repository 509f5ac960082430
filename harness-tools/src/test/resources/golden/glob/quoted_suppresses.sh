p="*.csv"
ls $p
ls "$p" 2>/dev/null || echo "quoted pattern not expanded"
set -f
echo *.csv
set +f
echo *.csv
