//! The lottery that breaks exact ties, and what may be known of it when. Its seed is drawn when reviewing
//! starts; until scoring closes only the seed's SHA-256 commitment is published, so that nobody (the chair
//! and managers included) can know which ties the draw favours while a score can still change. Once scoring
//! closes the seed is revealed, and anyone can check it against the commitment published before.
//! Pure: no I/O beyond the operating system's random source for the draw.

use sha2::{Digest, Sha256};

/// Draws a lottery seed: 32 lowercase hex digits from the operating system's random source.
pub fn draw_seed() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// The commitment to a seed: the lowercase hex SHA-256 of the seed's text, which anyone can recompute with
/// `printf %s SEED | sha256sum`.
pub fn commitment(seed: &str) -> String {
    hex::encode(Sha256::digest(seed.as_bytes()))
}

/// What is known of a call's lottery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lottery {
    /// No seed yet: reviewing has not started.
    NotDrawn,
    /// Drawn and sealed while scores may change: only the commitment is known.
    Sealed {
        /// The SHA-256 of the seed.
        commitment: String,
    },
    /// Revealed once scoring closed: the seed orders ties.
    Revealed {
        /// The seed.
        seed: String,
        /// The SHA-256 of the seed, as published while it was sealed.
        commitment: String,
    },
}

impl Lottery {
    /// The lottery of a stored seed, revealed or not.
    pub fn new(seed: Option<&str>, revealed: bool) -> Lottery {
        match seed {
            None => Lottery::NotDrawn,
            Some(seed) if revealed => Lottery::Revealed {
                seed: seed.to_owned(),
                commitment: commitment(seed),
            },
            Some(seed) => Lottery::Sealed {
                commitment: commitment(seed),
            },
        }
    }

    /// The seed, once revealed.
    pub fn seed(&self) -> Option<&str> {
        match self {
            Lottery::Revealed { seed, .. } => Some(seed),
            _ => None,
        }
    }

    /// The commitment, once drawn.
    pub fn commitment(&self) -> Option<&str> {
        match self {
            Lottery::NotDrawn => None,
            Lottery::Sealed { commitment } | Lottery::Revealed { commitment, .. } => {
                Some(commitment)
            }
        }
    }

    /// Whether the seed is drawn but not yet revealed, so that ties still wait for it.
    pub fn is_sealed(&self) -> bool {
        matches!(self, Lottery::Sealed { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commitment_is_the_sha256_of_the_seed_s_text() {
        // printf %s abc | sha256sum
        assert_eq!(
            commitment("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        // printf %s seed-2026 | sha256sum
        assert_eq!(
            commitment("seed-2026"),
            "6d8e56f9b0a2b0055c7d7c251f269de21ecf0b621cefd05416b43a7746a0ed0e"
        );
    }

    #[test]
    fn a_sealed_lottery_shows_the_commitment_and_never_the_seed() {
        let sealed = Lottery::new(Some("seed-2026"), false);
        assert!(sealed.is_sealed());
        assert_eq!(sealed.seed(), None);
        assert_eq!(sealed.commitment(), Some(commitment("seed-2026").as_str()));
        assert!(!format!("{sealed:?}").contains("seed-2026"));
    }

    #[test]
    fn a_revealed_lottery_shows_the_seed_beside_the_commitment_it_matches() {
        let revealed = Lottery::new(Some("seed-2026"), true);
        assert!(!revealed.is_sealed());
        assert_eq!(revealed.seed(), Some("seed-2026"));
        assert_eq!(
            revealed.commitment(),
            Lottery::new(Some("seed-2026"), false).commitment()
        );
        assert_eq!(Lottery::new(None, true), Lottery::NotDrawn);
        assert_eq!(Lottery::NotDrawn.commitment(), None);
    }

    #[test]
    fn drawn_seeds_are_32_lowercase_hex_digits_and_differ() {
        let (a, b) = (draw_seed(), draw_seed());
        assert_eq!(a.len(), 32);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
        );
        assert_ne!(a, b);
    }
}
