package main

import "github.com/whosaid/whosaid/store/open"

// openStore opens the store at an address: a SQLite file, or postgres://...
var openStore = open.Open
