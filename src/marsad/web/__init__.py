"""The dashboard's static files (HTML, CSS, JS written for marsad), served by ``marsad.api``."""
