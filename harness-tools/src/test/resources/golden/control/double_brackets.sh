f=InventoryBuilder.java
[[ $f == *.java ]] && echo "java source"
[[ $f == Inventory* && $f != *Test* ]] && echo "inventory, not a test"
[[ $f =~ ^([A-Z][a-z]+)Builder ]] && echo "builder of ${BASH_REMATCH[1]}"
[[ -f data.csv || -f nope ]] && echo "or works"
[[ abc < abd ]] && echo "string order"
