awk '{print length($0), toupper($0)}' words.txt | head -3
awk 'BEGIN {s = "inventory"; print substr(s, 1, 3), index(s, "nt"), tolower("ABC")}'
awk '{gsub(/a/, "4"); print}' words.txt | head -2
awk 'BEGIN {n = split("a:b:c", parts, ":"); print n, parts[2]}'
awk '{sub(/e$/, "E"); print}' words.txt | tail -1
