date -d @0 +%Y-%m-%d
date -d @86400 '+%Y/%m/%d %H:%M:%S'
date -u -d @1773491696 '+%A %B %d'
