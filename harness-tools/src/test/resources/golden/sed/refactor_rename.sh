sed -i 's/InventoryBuilder/StockBuilder/g' src/main/java/com/acme/app/*.java
grep -rn StockBuilder src/main | sort
grep -rc InventoryBuilder src/main | sort
