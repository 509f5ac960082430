cp config/app.properties p.properties
sed -i 's/8080/9090/' p.properties
grep port p.properties
sed -i '/^#/d' p.properties
head -1 p.properties
sed -i.bak 's/true/yes/' p.properties
grep -c yes p.properties; grep -c true p.properties.bak
