echo *.txt
echo *.csv
echo docs/*
echo src/*/
