package main

import "whosaid/store/open"

// openStore opens the store at an address: a SQLite file, or postgres://...
var openStore = open.Open
