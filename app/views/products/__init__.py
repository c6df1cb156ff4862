"""The product catalogue: the Products page and the picker the document editor uses."""
