cp config/app.properties config/app.properties.orig
sed -i -e 's/^server.port=.*/server.port=9000/' -e '/^feature.import/d' config/app.properties
echo "feature.audit=true" >> config/app.properties
diff config/app.properties.orig config/app.properties
echo "diff rc=$?"
