package main

import "github.com/whosaid/whosaid/store/open"

// defaultDB is the store of the commands without --db.
const defaultDB = open.DefaultAddress

// openStore opens the store at an address: a SQLite file, or postgres://...
var openStore = open.Open
