//! The generator behind every shuffle: xoshiro128++ (Blackman and Vigna),
//! seeded through SplitMix64. rand's `SmallRng` is this generator only on
//! 32-bit targets such as wasm32, and another one on a 64-bit host, so the
//! build, which pre-renders a new student's first practice question on the
//! host, would draw another question than the browser. Named here, the
//! generator is the same everywhere, and it is the one the browser has always
//! used, so no session already under way changes order.

use rand::rand_core::impls::{fill_bytes_via_next, next_u64_via_u32};
use rand::{RngCore, SeedableRng};

/// xoshiro128++, with rand's seeding from a `u64`.
pub(crate) struct Xoshiro128PlusPlus {
    s: [u32; 4],
}

impl SeedableRng for Xoshiro128PlusPlus {
    type Seed = [u8; 16];

    fn from_seed(seed: [u8; 16]) -> Self {
        let mut s = [0u32; 4];
        for (word, bytes) in s.iter_mut().zip(seed.chunks_exact(4)) {
            *word = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        }
        if s == [0; 4] {
            return Self::seed_from_u64(0);
        }
        Xoshiro128PlusPlus { s }
    }

    /// SplitMix64 fills the state, two words per step.
    fn seed_from_u64(mut state: u64) -> Self {
        const PHI: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut s = [0u32; 4];
        for pair in s.chunks_exact_mut(2) {
            state = state.wrapping_add(PHI);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^= z >> 31;
            pair[0] = z as u32;
            pair[1] = (z >> 32) as u32;
        }
        Xoshiro128PlusPlus { s }
    }
}

impl RngCore for Xoshiro128PlusPlus {
    fn next_u32(&mut self) -> u32 {
        let s = &mut self.s;
        let result = s[0].wrapping_add(s[3]).rotate_left(7).wrapping_add(s[0]);
        let t = s[1] << 9;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(11);
        result
    }

    fn next_u64(&mut self) -> u64 {
        next_u64_via_u32(self)
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        fill_bytes_via_next(self, dest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gives_the_reference_outputs_of_xoshiro128_plus_plus() {
        // From the authors' reference implementation, state 1, 2, 3, 4.
        let mut rng =
            Xoshiro128PlusPlus::from_seed([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0]);
        let expected = [
            641, 1573767, 3222811527, 3517856514, 836907274, 4247214768, 3867114732, 1355841295,
            495546011, 621204420,
        ];
        assert_eq!(expected.map(|_| rng.next_u32()), expected);
    }

    #[test]
    fn seeds_from_a_u64_as_rand_small_rng_does_on_wasm32() {
        // The outputs rand 0.9 documents for its 32-bit SmallRng from seed 0.
        let mut rng = Xoshiro128PlusPlus::seed_from_u64(0);
        let expected = [
            1179900579, 1938959192, 3089844957, 3657088315, 1015453891, 479942911, 3433842246,
            669252886, 3985671746, 2737205563,
        ];
        assert_eq!(expected.map(|_| rng.next_u32()), expected);
    }
}
