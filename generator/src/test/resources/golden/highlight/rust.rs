use std::collections::HashMap;

/// A borrowed view of a config file.
#[derive(Debug, Clone)]
pub struct Config<'a> {
    name: &'a str,
    values: HashMap<&'a str, i64>,
}

impl<'a> Config<'a> {
    pub fn new(name: &'a str) -> Self {
        Config { name, values: HashMap::new() }
    }

    fn get(&self, key: &str) -> Option<i64> {
        self.values.get(key).copied()
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut cfg = Config::new("app");
    cfg.values.insert("retries", 3_i64);
    let raw = r#"{"quote": "\n is not an escape here"}"#;
    let c = '\n';
    for i in 0..=2 {
        println!("{} {:?} {}", i, cfg.get("retries"), c);
    }
    match cfg.get("timeout") {
        Some(t) if t > 0 => println!("timeout {t}"),
        _ => eprintln!("no timeout in {}", raw.len()),
    }
    Ok(())
}
