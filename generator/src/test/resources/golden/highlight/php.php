<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use Illuminate\Http\Request;

#[Attribute]
final class UserController extends Controller
{
    public function __construct(private readonly UserRepository $users) {}

    /**
     * Show one user.
     */
    public function show(Request $request, int $id): array
    {
        $user = $this->users->find($id) ?? throw new NotFoundException("No user $id");
        $greeting = "Hello, {$user->name}!\n";
        echo 'Single quotes: $notAVariable';
        return ['id' => $id, 'greeting' => $greeting, 'admin' => false]; // done
    }
}
