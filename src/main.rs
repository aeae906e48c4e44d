fn main() {
    rootcamp::start();
}
