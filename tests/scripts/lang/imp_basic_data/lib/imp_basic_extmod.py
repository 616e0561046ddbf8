print("  executing imp_basic_extmod as", __name__, "package", repr(__package__))
answer = 99
