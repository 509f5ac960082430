find src -name '*.java' | sort | xargs grep -l TODO
ls docs/guide/*.md | xargs wc -l
echo words.txt numbers.txt | xargs cat | wc -l
