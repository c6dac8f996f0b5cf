//! Peer-learning exchanges between a programme's funded pilots: managers organise an exchange (title, start
//! in a time zone, place or online link, agenda, the projects invited) and record its outcome afterwards
//! (notes, which invited projects attended, documents as links); each invited project's team registers who
//! attends until the exchange is over, and is notified when invited. The public sees past exchanges whose
//! outcome is recorded, with the organisations that took part but never the names of the people.
//!
//! This module owns the exchanges and their invitations; it reads projects, calls and organisations but
//! changes none of them, and phrases nothing (messages are catalog keys).

pub mod entity;
pub mod public;
pub mod service;

pub use public::{ExchangeSummary, held_per_call, public_of_programme};
pub use service::{
    Allowed, Document, ExchangeInput, ExchangeView, InvitedProject, Outcome, OutcomeInput,
};
