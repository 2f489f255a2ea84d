/// One field inside a record of type `R` holding a `T`, reached the same way
/// for reading and for writing. Made with [`lens!`](super::lens).
pub struct Lens<R, T> {
    read: fn(&R) -> &T,
    write: fn(&mut R) -> &mut T,
}

impl<R, T> Clone for Lens<R, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R, T> Copy for Lens<R, T> {}

impl<R, T> Lens<R, T> {
    /// A lens from its two paths, which must reach the same field.
    pub const fn new(read: fn(&R) -> &T, write: fn(&mut R) -> &mut T) -> Self {
        Self { read, write }
    }

    /// The field in `record`.
    pub fn get(self, record: &R) -> &T {
        (self.read)(record)
    }

    /// The field in `record`, for changing.
    pub fn get_mut(self, record: &mut R) -> &mut T {
        (self.write)(record)
    }
}

#[cfg(test)]
mod tests {
    use super::Lens;
    use crate::app::handles::lens;
    use crate::model::{Partner, test_now};

    #[test]
    fn one_path_reads_and_writes_the_same_field() {
        let mut partner = Partner::new("Casa Latina", test_now()).unwrap();
        let website: Lens<Partner, String> = lens!(organization.website);
        *website.get_mut(&mut partner) = "https://casa.example".to_owned();
        assert_eq!(partner.organization.website, "https://casa.example");
        assert_eq!(website.get(&partner), "https://casa.example");
    }
}
