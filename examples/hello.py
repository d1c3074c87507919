print("Hello from Taipan!")
