package com.acme.app;

import com.acme.util.StringUtils;

/** Entry point of the inventory service. */
public final class App {
    private static final int DEFAULT_PORT = 8080;

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
        Inventory inventory = new InventoryBuilder().withCapacity(100).build();
        // TODO: read the port from the environment
        System.out.println("listening on " + port);
        System.out.println(StringUtils.capitalize("inventory ready: " + inventory.size()));
    }
}
