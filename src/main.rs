fn main() {
    yew::Renderer::<rootcamp::App>::new().render();
}
