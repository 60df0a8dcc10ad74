"""Notes on how we benchmark; nothing is run here."""

SETUP = "4 cores, 64 connections"
