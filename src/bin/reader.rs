fn main() {
    rootcamp::reader::start();
}
