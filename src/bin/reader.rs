fn main() {
    // The reader runs for the life of the page.
    let _ = rootcamp::reader::start();
}
