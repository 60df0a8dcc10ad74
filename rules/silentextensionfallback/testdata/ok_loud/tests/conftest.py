try:
    import uvloop
except ImportError:
    uvloop = None
