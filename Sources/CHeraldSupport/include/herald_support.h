#ifndef HERALD_SUPPORT_H
#define HERALD_SUPPORT_H
#include <stddef.h>
#include <stdint.h>

/// The SHA-256 round constants (FIPS 180-4, 4.2.2).
extern const uint32_t herald_sha256_k[64];

/// Whether this processor has the x86 SHA extensions.
int herald_sha256_hw_available(void);

/// Compresses `blocks` 64-byte blocks of `data` into `state` with the SHA extensions.
/// Only call when herald_sha256_hw_available() returned 1.
void herald_sha256_hw_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
