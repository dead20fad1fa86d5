"""unfascicle: UN programme budget fascicles to typed, validated records."""
