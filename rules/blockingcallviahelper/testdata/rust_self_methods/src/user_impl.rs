use crate::model::User;

impl User {
    pub fn save(&self) {
        std::fs::write("user", &self.name).unwrap();
    }
}
