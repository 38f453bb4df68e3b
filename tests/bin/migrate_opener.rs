//! Opens a data folder once, which encrypts a plain store in place, then says
//! "done". The migration crash test kills it at random moments.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .ok_or("usage: migrate-opener DATA_DIR")?;
    let m = mosaic_core::Mosaic::open(std::path::Path::new(&dir))?;
    drop(m);
    println!("done");
    Ok(())
}
