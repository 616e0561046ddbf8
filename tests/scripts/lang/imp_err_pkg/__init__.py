present = "present"
