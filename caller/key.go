package caller

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"time"
)

// KeyPrefix starts every atsbridge API key, so a key is recognisable in a
// config file or a secret scanner's report.
const KeyPrefix = "atsb_"

// keyChars is how many random base62 characters follow KeyPrefix: about
// 238 bits, far beyond guessing, which is why a plain SHA-256 (no salt, no
// slow hash) is the right way to store it.
const keyChars = 40

// minKeyChars is the shortest random part Valid accepts; keys made by
// other versions may be longer.
const minKeyChars = 32

// maxKeyLen bounds what Valid accepts, so a huge header is refused before
// it is hashed.
const maxKeyLen = 128

// shownChars is how many characters of the random part Prefix keeps.
const shownChars = 4

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// NewKey makes a key named name: the secret to hand to the caller once,
// and the Key to store (its id, prefix and hash), created at now.
func NewKey(name string, scope Scope, rate Rate, now time.Time) (secret string, k Key) {
	secret = KeyPrefix + randomBase62(keyChars)
	return secret, Key{
		ID:        "key_" + randomBase62(12),
		Name:      name,
		Prefix:    secret[:len(KeyPrefix)+shownChars],
		Hash:      Hash(secret),
		Scope:     scope,
		Rate:      rate,
		CreatedAt: now.UTC(),
	}
}

// Hash is what the store keeps of a key: its SHA-256, in hex.
func Hash(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// Matches reports, in constant time, whether secret is the key k stores.
// The store finds a key by its hash; this check makes the final decision
// independent of how the store compared.
func (k Key) Matches(secret string) bool {
	return subtle.ConstantTimeCompare([]byte(Hash(secret)), []byte(k.Hash)) == 1
}

// Valid reports whether s has the shape of an atsbridge key, so that
// anything else is refused without a store read.
func Valid(s string) bool {
	if len(s) > maxKeyLen || len(s) < len(KeyPrefix)+minKeyChars || s[:len(KeyPrefix)] != KeyPrefix {
		return false
	}
	for i := len(KeyPrefix); i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

// randomBase62 returns n characters drawn uniformly from base62 with the
// system's cryptographic generator (rejection sampling keeps the draw
// unbiased: 248 = 4 * 62 is the largest multiple of 62 in a byte).
func randomBase62(n int) string {
	out := make([]byte, 0, n)
	buf := make([]byte, 2*n)
	for len(out) < n {
		if _, err := rand.Read(buf); err != nil {
			panic(fmt.Sprintf("caller: system random source failed: %v", err))
		}
		for _, b := range buf {
			if b < 248 && len(out) < n {
				out = append(out, base62[b%62])
			}
		}
	}
	return string(out)
}
