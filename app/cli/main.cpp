// Placeholder entry point; replaced by the CLI layer.
int main() {
    return 0;
}
