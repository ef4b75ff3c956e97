#include "Catch.h"
