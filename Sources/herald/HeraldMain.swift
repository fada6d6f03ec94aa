import HeraldCommands

@main
struct HeraldMain {
    static func main() {
        HeraldCommand.main()
    }
}
