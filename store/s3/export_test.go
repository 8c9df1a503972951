package s3

import "time"

// SetRetryWait sets the wait before f's first retry, so that tests of
// retries need not wait as long as S3 wants.
func SetRetryWait(f *Files, d time.Duration) { f.client.RetryWait = d }
