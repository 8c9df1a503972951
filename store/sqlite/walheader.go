package sqlite

// The WAL-index header: a shortcut past PRAGMA data_version.
//
// In WAL mode SQLite keeps the wal-index in the "-shm" file, which every
// connection of every process maps into memory. Its first 48 bytes are the
// wal-index header, which each commit rewrites (a change counter, the last
// frame, checksums, and new salts when the log restarts) before the commit
// returns; readers compare it with the copy they hold to learn whether the
// database changed (https://sqlite.org/walformat.html, "The WAL-Index
// Header"; walIndexTryHdr in SQLite's wal.c does exactly this). Where the
// file can be mapped (walheader_mmap.go), a version check reads those 48
// bytes first: while they are what they were when the counters were last
// read, nothing was committed since, and the check needs no query. Any
// difference, a torn read included, only sends it to the query, which stays
// the authority.

// walHeaderWords is the header's size in 32-bit words.
const walHeaderWords = 12

// walHeader is one reading of the wal-index header.
type walHeader [walHeaderWords]uint32
