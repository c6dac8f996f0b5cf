//! Credentials: email addresses, passwords and their argon2id hashes, and random secrets (session cookies,
//! API tokens, invitation links) of which only a SHA-256 hash is ever stored.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::{Error, Message, Result};

/// A syntactically valid email address, trimmed and lower-cased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Parses an address; the error explains what is wrong.
    pub fn parse(value: &str) -> Result<Email, Message> {
        let address = value.trim().to_lowercase();
        if address.is_empty() {
            return Err(Message::new("error-required"));
        }
        if address.len() > 254 || !email_address::EmailAddress::is_valid(&address) {
            return Err(Message::new("error-email-invalid"));
        }
        Ok(Email(address))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password that meets the policy: at least 10 characters, at most 256.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    /// The shortest password accepted.
    pub const MIN_CHARS: usize = 10;

    /// Checks the policy: long enough, and not easy to guess. Strength is estimated with zxcvbn
    /// (common passwords, words, names, dates, repeats, keyboard patterns, and `personal` facts such as the
    /// person's email and name); a password must need about 10^10 guesses (score 3 of 4).
    pub fn parse(value: &str, personal: &[&str]) -> Result<NewPassword, Message> {
        let chars = value.chars().count();
        if chars < Self::MIN_CHARS {
            return Err(Message::new("error-password-short").arg("min", Self::MIN_CHARS));
        }
        if chars > 256 {
            return Err(Message::new("error-too-long").arg("max", 256));
        }
        // Each word of a name or an email address counts on its own: "anaperez2027" is guessable for
        // ana.perez@example.org.
        let words: Vec<&str> = personal
            .iter()
            .flat_map(|text| text.split(|c: char| !c.is_alphanumeric()))
            .filter(|word| word.chars().count() >= 3)
            .chain(personal.iter().copied())
            .collect();
        if zxcvbn::zxcvbn(value, &words).score() < zxcvbn::Score::Three {
            return Err(Message::new("error-password-weak"));
        }
        Ok(NewPassword(value.to_owned()))
    }

    /// Hashes the password with argon2id on a blocking thread (it is deliberately slow).
    pub async fn hash(self) -> Result<String> {
        let _turn = argon2_turn().await?;
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::generate(&mut OsRng);
            Argon2::default()
                .hash_password(self.0.as_bytes(), &salt)
                .map(|hash| hash.to_string())
                .map_err(|err| Error::internal(format!("hashing a password: {err}")))
        })
        .await
        .map_err(Error::caused_by)?
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

/// Each argon2 check holds about 19 MiB for its whole run. Running more at once than there are cores gains no
/// speed and only multiplies that memory (a burst of sign-ins once left the server at 800 MiB), so at most one
/// check per core runs at a time; the others wait their turn.
static ARGON2_TURNS: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| {
    tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
});

/// Waits for a turn to run argon2 (see [`ARGON2_TURNS`]); the turn ends when the returned permit is dropped.
async fn argon2_turn() -> Result<tokio::sync::SemaphorePermit<'static>> {
    ARGON2_TURNS
        .acquire()
        .await
        .map_err(|err| Error::internal(format!("waiting to check a password: {err}")))
}

/// Whether `password` matches the stored argon2 `hash`, checked on a blocking thread.
pub async fn verify_password(password: &str, hash: &str) -> Result<bool> {
    let password = password.to_owned();
    let hash = hash.to_owned();
    let _turn = argon2_turn().await?;
    tokio::task::spawn_blocking(move || {
        let parsed = PasswordHash::new(&hash)
            .map_err(|err| Error::internal(format!("stored password hash: {err}")))?;
        Ok(Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
    .map_err(Error::caused_by)?
}

/// A hash that takes as long to check as a real one, so that an unknown email answers no faster than a
/// wrong password.
pub(crate) const DUMMY_PASSWORD_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$7i/jmpHmiUdOUYTqUvtSmNwXG2NSP4d6ju7NXR9wPD0";

/// A fresh random secret with a readable prefix (`cvk_` for API tokens), and its stored hash.
pub fn new_secret(prefix: &str) -> (String, String) {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    let secret = format!("{prefix}{}", hex::encode(bytes));
    let hash = hash_secret(&secret);
    (secret, hash)
}

/// The stored form of a secret: SHA-256, hex. Secrets are 256 random bits, so a fast hash suffices.
pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            Email::parse("  Ana.Perez@Example.ORG ").unwrap().as_str(),
            "ana.perez@example.org"
        );
        assert!(Email::parse("not an email").is_err());
        assert!(Email::parse("").is_err());
    }

    #[test]
    fn short_passwords_are_refused() {
        assert!(NewPassword::parse("short", &[]).is_err());
        assert!(NewPassword::parse("long enough pass", &[]).is_ok());
    }

    #[test]
    fn common_weak_and_personal_passwords_are_refused() {
        let weak = |password: &str, personal: &[&str]| {
            NewPassword::parse(password, personal)
                .map(|_| ())
                .expect_err(password)
        };
        for password in [
            "password12",
            "          ",
            "1234567890",
            "qwertyuiop",
            "aaaaaaaaaaaa",
            "Password2027!",
        ] {
            assert_eq!(
                weak(password, &[]),
                Message::new("error-password-weak"),
                "{password}"
            );
        }
        // Strong enough alone, but not for the person whose name and email it spells.
        assert!(NewPassword::parse("leilabouazizi", &[]).is_ok());
        assert_eq!(
            weak(
                "leilabouazizi",
                &["leila.bouazizi@sousse.tn", "Leila Bouazizi"]
            ),
            Message::new("error-password-weak")
        );
        for strong in [
            "correct horse battery staple",
            "a brand new passphrase",
            "a long enough password",
            "seven unrelated words in a row",
        ] {
            assert!(
                NewPassword::parse(strong, &["Ana Perez"]).is_ok(),
                "{strong}"
            );
        }
    }

    #[tokio::test]
    async fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let hash = NewPassword::parse("correct horse battery", &[])
            .unwrap()
            .hash()
            .await
            .unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(
            verify_password("correct horse battery", &hash)
                .await
                .unwrap()
        );
        assert!(!verify_password("wrong horse battery", &hash).await.unwrap());
    }

    #[tokio::test]
    async fn the_dummy_hash_is_well_formed() {
        assert!(
            !verify_password("anything", DUMMY_PASSWORD_HASH)
                .await
                .unwrap()
        );
    }

    #[test]
    fn secrets_are_random_and_only_their_hash_is_kept() {
        let (a, hash_a) = new_secret("cvk_");
        let (b, _) = new_secret("cvk_");
        assert_ne!(a, b);
        assert!(a.starts_with("cvk_"));
        assert_eq!(hash_secret(&a), hash_a);
        assert_eq!(hash_a.len(), 64);
    }
}
